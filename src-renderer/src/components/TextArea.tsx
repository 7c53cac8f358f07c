import {
  Fragment,
  useLayoutEffect,
  useRef,
  type ReactNode,
  type Ref,
  type RefCallback,
} from 'react';
import {
  FieldError,
  Label,
  Text,
  TextArea as AriaTextArea,
  TextField as AriaTextField,
  type TextFieldProps as AriaTextFieldProps,
} from 'react-aria-components';

/** A stretch of the field's text, in UTF-16 offsets, to underline in place. */
export interface TextMark {
  start: number;
  end: number;
}

export interface TextAreaProps extends Omit<AriaTextFieldProps, 'className' | 'children'> {
  label: string;
  description?: ReactNode;
  /** Already in the person's language; its presence marks the field invalid. */
  errorMessage?: string | undefined;
  inputRef?: Ref<HTMLTextAreaElement>;
  rows?: number;
  /** Extra ids the text area is described by, such as a list of language suggestions. */
  describedBy?: string | undefined;
  /** Rendered under the field, inside it, e.g. language suggestions. */
  after?: ReactNode;
  /**
   * Words to underline where they stand. Passing any array (even an empty one) draws the field
   * over a mirror of its text, so marks can come and go without the text area being replaced.
   * The marks are decoration only: what they mean must be said elsewhere (see `describedBy`).
   */
  marks?: readonly TextMark[] | undefined;
}

/** A multi-line field; its text is plain text and is only ever shown as text. */
export function TextArea({
  label,
  description,
  errorMessage,
  inputRef,
  rows = 4,
  describedBy,
  after,
  marks,
  ...props
}: TextAreaProps) {
  const ownRef = useRef<HTMLTextAreaElement | null>(null);
  const setRef: RefCallback<HTMLTextAreaElement> = (element) => {
    ownRef.current = element;
    assignRef(inputRef, element);
  };
  const textArea = (
    <AriaTextArea
      ref={marks ? setRef : inputRef}
      rows={rows}
      className="field__input field__textarea"
      aria-describedby={describedBy}
    />
  );
  return (
    <AriaTextField
      {...props}
      className="field"
      isInvalid={errorMessage !== undefined}
      validationBehavior="aria"
    >
      <Label className="field__label">{label}</Label>
      {marks ? (
        <div className="field__mirrored">
          <TextMirror text={props.value ?? ''} marks={marks} textAreaRef={ownRef} />
          {textArea}
        </div>
      ) : (
        textArea
      )}
      {description !== undefined && (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      )}
      <FieldError className="field__error">
        <span role="alert">{errorMessage}</span>
      </FieldError>
      {after}
    </AriaTextField>
  );
}

/** Hands the element to a ref given from outside, of either kind. */
function assignRef<T>(ref: Ref<T> | undefined, value: T | null): void {
  if (typeof ref === 'function') ref(value);
  else if (ref) ref.current = value;
}

/**
 * The same text, laid out the same way, behind the (transparent) text area: its own letters are
 * invisible, only the underlines under marked words show through. Built from text nodes and
 * <mark> elements, never from an HTML string. Hidden from assistive technology, which reads the
 * real text area and its description instead.
 */
function TextMirror({
  text,
  marks,
  textAreaRef,
}: {
  text: string;
  marks: readonly TextMark[];
  textAreaRef: { current: HTMLTextAreaElement | null };
}) {
  const mirrorRef = useRef<HTMLDivElement>(null);

  // Follows the text area as it scrolls or is resized…
  useLayoutEffect(() => {
    const textArea = textAreaRef.current;
    const mirror = mirrorRef.current;
    if (!textArea || !mirror) return;
    const sync = () => syncMirror(textArea, mirror);
    textArea.addEventListener('scroll', sync, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(sync);
    observer?.observe(textArea);
    return () => {
      textArea.removeEventListener('scroll', sync);
      observer?.disconnect();
    };
  }, [textAreaRef]);

  // …and as its text changes, which can add a scrollbar or scroll it.
  useLayoutEffect(() => {
    if (textAreaRef.current && mirrorRef.current) {
      syncMirror(textAreaRef.current, mirrorRef.current);
    }
  }, [textAreaRef, text]);

  return (
    <div ref={mirrorRef} className="field__input field__textarea field__mirror" aria-hidden="true">
      {mirrorParts(text, marks).map((part) =>
        part.marked ? (
          <mark key={part.start} className="language-flag">
            {part.text}
          </mark>
        ) : (
          <Fragment key={part.start}>{part.text}</Fragment>
        ),
      )}
      {/* A final line break still takes a line in the text area; this keeps it in the mirror. */}
      {'\u200b'}
    </div>
  );
}

/** The text area's scrollbar takes width from its text; the mirror gives up the same. */
function syncMirror(textArea: HTMLTextAreaElement, mirror: HTMLElement): void {
  const css = getComputedStyle(textArea);
  const borders = (parseFloat(css.borderLeftWidth) || 0) + (parseFloat(css.borderRightWidth) || 0);
  const scrollbar = Math.max(0, textArea.offsetWidth - textArea.clientWidth - borders);
  mirror.style.paddingRight = `${(parseFloat(css.paddingRight) || 0) + scrollbar}px`;
  mirror.scrollTop = textArea.scrollTop;
}

interface MirrorPart {
  start: number;
  text: string;
  marked: boolean;
}

/** Splits the text into plain and marked runs; marks out of range or overlapping are skipped. */
export function mirrorParts(text: string, marks: readonly TextMark[]): MirrorPart[] {
  const parts: MirrorPart[] = [];
  let at = 0;
  const sorted = [...marks].sort((a, b) => a.start - b.start);
  for (const { start, end } of sorted) {
    if (start < at || end <= start || end > text.length) continue;
    if (start > at) parts.push({ start: at, text: text.slice(at, start), marked: false });
    parts.push({ start, text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) parts.push({ start: at, text: text.slice(at), marked: false });
  return parts;
}
