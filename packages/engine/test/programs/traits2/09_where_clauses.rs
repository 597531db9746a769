use std::fmt::Debug;

// where clauses keep long bounds readable.
fn summarize<K, V>(pairs: &[(K, V)]) -> String
where
    K: Debug + Clone,
    V: Copy + Into<f64>,
{
    let mut sum = 0.0;
    let mut keys = Vec::new();
    for (k, v) in pairs {
        keys.push(k.clone());
        sum += (*v).into();
    }
    format!("{:?} -> {:.1}", keys, sum)
}

fn largest<T>(items: &[T]) -> Option<&T>
where
    T: PartialOrd,
{
    let mut best = items.first()?;
    for it in items {
        if it > best {
            best = it;
        }
    }
    Some(best)
}

fn main() {
    let scores = [("ann", 3u8), ("bob", 7u8), ("cy", 5u8)];
    println!("{}", summarize(&scores));
    println!("{:?}", largest(&[4, 9, 2]));
    println!("{:?}", largest(&["pear", "apple", "zucchini"]));
    let empty: [i32; 0] = [];
    println!("{:?}", largest(&empty));
}
