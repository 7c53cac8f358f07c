import { z } from 'zod';

/*
 * Keeps libraries inside the CSP (no eval, no inline styles) without loosening it.
 *
 * Zod probes `new Function` to speed up parsing; even the caught attempt is reported as a CSP
 * violation, so it is told not to try.
 */
z.config({ jitless: true });

/*
 * react-aria injects a <style> element (a touch-action rule) unless an element with this id is
 * already in the document. The CSP blocks that style and logs an error, so the rule lives in
 * styles/controls.css and this marker tells react-aria it is there.
 */
const PRESSABLE_STYLE_ID = 'react-aria-pressable-style';
if (!document.getElementById(PRESSABLE_STYLE_ID)) {
  const marker = document.createElement('meta');
  marker.id = PRESSABLE_STYLE_ID;
  marker.name = PRESSABLE_STYLE_ID;
  marker.content = 'styles/controls.css';
  document.head.append(marker);
}
