use std::fmt::Display;

#[derive(PartialEq, PartialOrd, Clone, Copy)]
struct Score {
    points: u32,
}

fn print_largest<T: Display + PartialOrd>(items: &[T]) {
    let mut best = &items[0];
    for it in items {
        if it > best {
            best = it;
        }
    }
    println!("largest: {}", best);
}

fn main() {
    print_largest(&[3, 8, 1]);
    print_largest(&["kiwi", "banana"]);
    let scores = vec![Score { points: 10 }, Score { points: 42 }, Score { points: 7 }];
    print_largest(&scores);
}
