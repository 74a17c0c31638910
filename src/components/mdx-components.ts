/** The components every collection's MDX body can use without importing them: `<Fig id>` and `<Chart group>`. */
import Chart from './Chart.astro';
import Fig from './Fig.astro';

export const mdxComponents = { Fig, Chart };
