fn map_all<T, U, F>(items: &[T], f: F) -> Vec<U>
where
    F: Fn(&T) -> U,
{
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        out.push(f(item));
    }
    out
}

fn count_where<T>(items: &[T], pred: impl Fn(&T) -> bool) -> usize {
    items.iter().filter(|x| pred(x)).count()
}

fn keep_if<T: Clone, P: FnMut(&T) -> bool>(items: &[T], mut pred: P) -> Vec<T> {
    let mut out = Vec::new();
    for item in items {
        if pred(item) {
            out.push(item.clone());
        }
    }
    out
}

fn main() {
    let words = ["iterator", "closure", "trait", "borrow"];
    let lengths = map_all(&words, |w| w.len());
    println!("lengths: {:?}", lengths);

    let shouted = map_all(&words, |w| w.to_uppercase());
    println!("{:?}", shouted);

    println!("long words: {}", count_where(&words, |w| w.len() > 6));
    println!("even numbers: {}", count_where(&[1, 2, 3, 4, 6], |n| n % 2 == 0));

    let mut seen = 0;
    let first_two_long = keep_if(&words, |w| {
        if w.len() > 5 && seen < 2 {
            seen += 1;
            true
        } else {
            false
        }
    });
    println!("{:?} (seen {})", first_two_long, seen);
}
