/** happy-dom has no StaticRange: importing this installs one with the same fixed boundary points. */
class FakeStaticRange {
  readonly startContainer: Node;
  readonly startOffset: number;
  readonly endContainer: Node;
  readonly endOffset: number;
  constructor(init: StaticRangeInit) {
    ({
      startContainer: this.startContainer,
      startOffset: this.startOffset,
      endContainer: this.endContainer,
      endOffset: this.endOffset,
    } = init);
  }
}
Object.assign(globalThis, { StaticRange: FakeStaticRange });
