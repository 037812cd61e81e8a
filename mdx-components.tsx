import type { MDXComponents } from 'mdx/types';
import { ContactLink } from '@/components/ContactLink';
import { FaqQuestion } from '@/components/FaqQuestion';
import { InEra } from '@/components/InEra';
import { KeyDate } from '@/components/KeyDate';
import { Timeline } from '@/components/Timeline';

// The components the MDX texts may use; the typography plugin styles the plain elements.
const components: MDXComponents = {
  KeyDate,
  Timeline,
  ContactLink,
  InEra,
  Question: FaqQuestion,
};

export function useMDXComponents(): MDXComponents {
  return components;
}
