/** The longest message perfbot reads (Teams' own limit is far larger; a question is a sentence or two). */
export const MAX_QUESTION_LENGTH = 2000;
