/**
 * A menu button (WAI-ARIA APG "menu button" with an actions menu): a button that opens a list of
 * actions. Enter, Space or ↓ open it on the first item, ↑ on the last; ↑ ↓ Home End move, a
 * letter jumps to the next item starting with it, Enter or Space runs one, Escape closes, and
 * focus goes back to the button. Tab, or a click outside, closes it too. No library: the pattern
 * is small, and the headless menu libraries would bring more code than the whole shell.
 */
import { Fragment, useCallback, useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useDismissOnOutsidePointer } from '../hooks/use-dismiss-outside';

export interface MenuItem {
  id: string;
  label: string;
  onSelect: () => void;
}

export interface MenuGroup {
  /** Read out as the group's name and shown as a small heading. */
  label: string;
  items: MenuItem[];
}

export interface MenuButtonProps {
  label: string;
  /** A small picture before the label; on a phone the button may show it alone (the label stays its name). */
  icon?: ReactNode;
  groups: MenuGroup[];
  className?: string;
}

export function MenuButton({ label, icon, groups, className }: MenuButtonProps) {
  const [isOpen, setIsOpen] = useState(false);
  const closeMenu = useCallback(() => setIsOpen(false), []);
  const [focusIndex, setFocusIndex] = useState(0);
  const buttonId = useId();
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const listRef = useRef<HTMLDivElement>(null);
  // The list hangs from the button's right edge; where that would cross the screen's left edge
  // (a button at the start of a wrapped row), it hangs from the left edge instead.

  const items = groups.flatMap((group) => group.items);

  const open = (index: number) => {
    setFocusIndex(index);
    setIsOpen(true);
  };
  const close = (returnFocus: boolean) => {
    setIsOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  };

  useLayoutEffect(() => {
    const list = listRef.current;
    if (isOpen && list && list.getBoundingClientRect().left < 8) list.classList.add('menu__list--start');
  }, [isOpen]);

  // Focus follows the active item while the menu is open.
  useLayoutEffect(() => {
    if (isOpen) itemRefs.current[focusIndex]?.focus();
  }, [isOpen, focusIndex]);

  // A click or tap outside closes the menu, leaving focus where the reader put it.
  useDismissOnOutsidePointer(rootRef, isOpen, closeMenu);

  const onButtonKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      open(0);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      open(items.length - 1);
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent) => {
    const last = items.length - 1;
    const move = (index: number) => {
      event.preventDefault();
      setFocusIndex(index);
    };
    if (event.key === 'ArrowDown') move(focusIndex >= last ? 0 : focusIndex + 1);
    else if (event.key === 'ArrowUp') move(focusIndex <= 0 ? last : focusIndex - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(last);
    else if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'Tab') setIsOpen(false);
    else if (event.key.length === 1 && /\S/.test(event.key)) {
      const letter = event.key.toLocaleLowerCase();
      const order = [...items.slice(focusIndex + 1), ...items.slice(0, focusIndex + 1)];
      const next = order.find((item) => item.label.toLocaleLowerCase().startsWith(letter));
      if (next) move(items.indexOf(next));
    }
  };

  const run = (item: MenuItem) => {
    close(true);
    item.onSelect();
  };

  // Each item's place in the whole list (for focus), whatever group it is in.
  const starts = groups.map((_, groupIndex) => groups.slice(0, groupIndex).reduce((sum, group) => sum + group.items.length, 0));
  return (
    <div className={className ? `menu ${className}` : 'menu'} ref={rootRef}>
      <button
        ref={buttonRef}
        id={buttonId}
        type="button"
        className="menu__button"
        aria-haspopup="menu"
        aria-expanded={isOpen}
        aria-controls={isOpen ? menuId : undefined}
        onClick={() => (isOpen ? close(false) : open(0))}
        onKeyDown={onButtonKeyDown}
      >
        {icon}
        <span className="menu__label">{label}</span>
        <svg className="menu__chevron" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
          <path d="M2 4l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.75" />
        </svg>
      </button>
      {isOpen && (
        <div ref={listRef} id={menuId} role="menu" aria-labelledby={buttonId} className="menu__list" onKeyDown={onMenuKeyDown}>
          {groups.map((group, groupIndex) => (
            <Fragment key={group.label}>
              {groupIndex > 0 && <div role="separator" className="menu__separator" />}
              <div role="group" aria-label={group.label} className="menu__group">
                <div className="menu__heading" aria-hidden="true">
                  {group.label}
                </div>
                {group.items.map((item, indexInGroup) => {
                  const itemIndex = starts[groupIndex]! + indexInGroup;
                  return (
                    <button
                      key={item.id}
                      ref={(element) => {
                        itemRefs.current[itemIndex] = element;
                      }}
                      type="button"
                      role="menuitem"
                      tabIndex={-1}
                      className="menu__item"
                      onClick={() => run(item)}
                      onMouseEnter={() => setFocusIndex(itemIndex)}
                    >
                      {item.label}
                    </button>
                  );
                })}
              </div>
            </Fragment>
          ))}
        </div>
      )}
    </div>
  );
}
