package cn.fazhi.workbench.extract;

import cn.fazhi.workbench.model.Section;

/**
 * A sentence of the normalised text: from the character after the previous terminator (。！？ or a
 * line end) up to and including its own terminator.
 *
 * @param start   normalised start
 * @param end     normalised end (exclusive)
 * @param section the block of the report it belongs to
 */
public record Sentence(int start, int end, Section section) {
    public boolean contains(int pos) {
        return pos >= start && pos < end;
    }
}
