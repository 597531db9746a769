// A collection that supports both `for x in bag` and `for x in &bag`.
struct Bag<T> {
    items: Vec<T>,
}

impl<T> IntoIterator for Bag<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

impl<'a, T> IntoIterator for &'a Bag<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.iter()
    }
}

impl<T> Bag<T> {
    fn iter(&self) -> std::slice::Iter<'_, T> {
        self.into_iter()
    }
}

fn main() {
    let bag = Bag { items: vec![String::from("marble"), String::from("coin"), String::from("key")] };
    for item in &bag {
        println!("peek: {}", item);
    }
    println!("longest: {:?}", bag.iter().map(|s| s.len()).max());
    let mut taken = Vec::new();
    for item in bag {
        taken.push(item.to_uppercase());
    }
    println!("taken: {:?}", taken);
}
