// Three IntoIterator impls: by value, by shared ref, by mutable ref.
struct MyVec {
    items: Vec<i32>,
}

impl IntoIterator for MyVec {
    type Item = i32;
    type IntoIter = std::vec::IntoIter<i32>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

impl<'a> IntoIterator for &'a MyVec {
    type Item = &'a i32;
    type IntoIter = std::slice::Iter<'a, i32>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.iter()
    }
}

impl<'a> IntoIterator for &'a mut MyVec {
    type Item = &'a mut i32;
    type IntoIter = std::slice::IterMut<'a, i32>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.iter_mut()
    }
}

fn main() {
    let mut v = MyVec { items: vec![1, 2, 3, 4] };

    for x in &v {
        print!("{} ", x);
    }
    println!();

    for x in &mut v {
        *x *= 10;
    }

    for x in &v {
        print!("{} ", x);
    }
    println!();

    let total: i32 = v.into_iter().sum();
    println!("sum after consuming: {}", total);
}
