/** WeChat draws the title and the back arrow in its own navigation bar (page config); h5 uses index.h5.tsx. */
export default function PageHeader(_props: { title: string; back?: boolean }) {
  return null;
}
