use std::ops::{Deref, DerefMut};

// A generic newtype that behaves like the Vec it wraps.
struct Sorted<T: Ord> {
    inner: Vec<T>,
}

impl<T: Ord> Sorted<T> {
    fn from_vec(mut v: Vec<T>) -> Self {
        v.sort();
        Sorted { inner: v }
    }

    fn insert(&mut self, item: T) {
        let pos = match self.inner.binary_search(&item) {
            Ok(p) => p,
            Err(p) => p,
        };
        self.inner.insert(pos, item);
    }
}

impl<T: Ord> Deref for Sorted<T> {
    type Target = Vec<T>;
    fn deref(&self) -> &Vec<T> {
        &self.inner
    }
}

struct Wrapper<T>(T);

impl<T> Deref for Wrapper<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> DerefMut for Wrapper<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.0
    }
}

fn main() {
    let mut s = Sorted::from_vec(vec![5, 1, 4]);
    s.insert(3);
    s.insert(9);
    // len(), first() and iter() come from Vec through Deref.
    println!("len {} first {:?}", s.len(), s.first());
    println!("{:?}", s.iter().collect::<Vec<_>>());

    let mut w = Wrapper(String::from("wrap"));
    w.push_str("ped");
    println!("{} has {} bytes", *w, w.len());
}
