use std::fmt::{Debug, Display};

fn some_function<T, U>(t: &T, u: &U) -> String
where
    T: Display + Clone,
    U: Clone + Debug,
{
    let t2 = t.clone();
    let u2 = u.clone();
    format!("t = {}, u = {:?}", t2, u2)
}

fn print_max<T>(items: &[T])
where
    T: Display + PartialOrd,
{
    let mut best = &items[0];
    for it in items.iter().skip(1) {
        if it > best {
            best = it;
        }
    }
    println!("max of {} items: {}", items.len(), best);
}

fn main() {
    println!("{}", some_function(&42, &vec![1, 2, 3]));
    println!("{}", some_function(&"hello", &(1, 'a')));
    print_max(&[3, 9, 2, 7]);
    print_max(&["delta", "alpha", "omega", "beta"]);
}
