// Types for the Starlight virtual modules our component overrides import, as Starlight declares
// them internally (they are not exported for user code).
declare module 'virtual:starlight/project-context' {
	const project: { trailingSlash: 'always' | 'never' | 'ignore' };
	export default project;
}
declare module 'virtual:starlight/pagefind-config' {
	export const pagefindUserConfig: Record<string, unknown>;
}
declare module 'virtual:starlight/components/MobileMenuFooter' {
	const MobileMenuFooter: (props: Record<string, never>) => unknown;
	export default MobileMenuFooter;
}
