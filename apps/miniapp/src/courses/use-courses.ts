import { useEffect, useState } from 'react';
import { locate } from '../points/location';
import { listCourses, type Course } from './courses-api';

/** Classes near the worker, optionally only those ending in two certificates, costing nothing or starting soon. */
export function useCourses() {
  const [filters, setFilters] = useState({ dualCertificate: false, free: false, startingSoon: false });
  const [near, setNear] = useState<{ lng: number; lat: number } | undefined>();
  const [courses, setCourses] = useState<Course[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState('');

  useEffect(() => {
    void locate().then(({ located, lng, lat }) => setNear(located ? { lng, lat } : undefined));
  }, []);

  useEffect(() => {
    setLoading(true);
    setError('');
    listCourses({ ...filters, near })
      .then((r) => setCourses(r.items))
      .catch((e: Error) => setError(e.message))
      .finally(() => setLoading(false));
  }, [filters, near]);

  return {
    filters,
    courses,
    loading,
    error,
    toggle: (key: 'dualCertificate' | 'free' | 'startingSoon') => setFilters((f) => ({ ...f, [key]: !f[key] })),
  };
}
