/** The figure view's sections, in the order the panel shows them. Add a section here. */
import type { FunctionComponent } from 'preact';
import type { FigureBackground } from '@/utils/store';
import { AppearsWithSection } from './AppearsWithSection';
import { ArticlesSection } from './ArticlesSection';
import { CoverageSection } from './CoverageSection';
import { HeaderSection } from './HeaderSection';
import { RolesSection } from './RolesSection';
import { RoleThenNowSection } from './RoleThenNowSection';
import { WrongMatchSection } from './WrongMatchSection';

/** What every section is given: the figure, built-in or added by a feed. */
export interface SectionProps {
  figure: FigureBackground;
}

export const FIGURE_SECTIONS: { key: string; Section: FunctionComponent<SectionProps> }[] = [
  { key: 'header', Section: HeaderSection },
  { key: 'then-now', Section: RoleThenNowSection },
  { key: 'roles', Section: RolesSection },
  { key: 'articles', Section: ArticlesSection },
  { key: 'appears-with', Section: AppearsWithSection },
  { key: 'coverage', Section: CoverageSection },
  { key: 'wrong-match', Section: WrongMatchSection },
];
