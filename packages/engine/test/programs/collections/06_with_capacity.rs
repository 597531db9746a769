use std::collections::HashMap;

fn main() {
    // Reserve room up front; the exact capacity is an implementation detail.
    let mut squares: HashMap<u64, u64> = HashMap::with_capacity(10);
    println!("len before: {}", squares.len());
    println!("empty before: {}", squares.is_empty());

    for n in 1..=10 {
        squares.insert(n, n * n);
    }

    println!("len after: {}", squares.len());
    println!("7 squared: {}", squares[&7]);

    let mut sum = 0;
    for (_, sq) in &squares {
        sum += sq;
    }
    println!("sum of squares: {}", sum);

    let mut names: HashMap<&str, u8> = HashMap::with_capacity(2);
    names.insert("x", 1);
    names.insert("y", 2);
    names.insert("z", 3);
    println!("names: {}", names.len());
}
