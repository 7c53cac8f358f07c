import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Note, NoteFields } from '../../../../src-main/contract';
import { api } from '../../api';
import { queryKeys } from '../../queries/keys';

export function useNotesList(personId: string) {
  return useInfiniteQuery({
    queryKey: queryKeys.notesList(personId),
    queryFn: ({ pageParam }) => api.call('notes.list', { personId, cursor: pageParam, limit: 20 }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useNote(id: string) {
  return useQuery({ queryKey: queryKeys.note(id), queryFn: () => api.call('notes.get', { id }) });
}

export function useNoteVersions(noteId: string) {
  return useQuery({
    queryKey: queryKeys.noteVersions(noteId),
    queryFn: () => api.call('notes.versions', { noteId }),
  });
}

export function useNoteVersion(noteId: string, version: number) {
  return useQuery({
    queryKey: queryKeys.noteVersion(noteId, version),
    queryFn: () => api.call('notes.version', { noteId, version }),
  });
}

/** A fresh note: now, one-to-one in person, half an hour, everything else still to write. */
export function newNoteFields(now = new Date()): NoteFields {
  return {
    happenedAt: now.toISOString(),
    contactType: 'in_person',
    durationMinutes: 30,
    setting: '',
    talkedAbout: '',
    inTheirWords: '',
    strengthsNoticed: '',
    resources: '',
    nextSteps: [],
    goalIds: [],
  };
}

export function useCreateNote(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.call('notes.create', { personId, fields: newNoteFields() }),
    onSuccess: (note: Note) => {
      queryClient.setQueryData(queryKeys.note(note.id), note);
      void queryClient.invalidateQueries({ queryKey: queryKeys.notesList(personId) });
      void queryClient.invalidateQueries({ queryKey: [...queryKeys.people, 'list'] });
    },
  });
}

export function useRestoreVersion(noteId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => api.call('notes.restore', { noteId, version }),
    onSuccess: (note: Note) => {
      queryClient.setQueryData(queryKeys.note(note.id), note);
      void queryClient.invalidateQueries({ queryKey: queryKeys.noteVersions(note.id) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.notesList(note.personId) });
    },
  });
}
