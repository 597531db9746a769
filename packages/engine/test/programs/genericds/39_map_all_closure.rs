// A generic helper taking a closure: F turns each &T into a U.
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

fn apply_n<T, F: FnMut(T) -> T>(mut value: T, times: usize, mut step: F) -> T {
    for _ in 0..times {
        value = step(value);
    }
    value
}

fn main() {
    let prices = [4.5, 10.0, 2.25];
    let with_tax = map_all(&prices, |p| p * 1.2);
    println!("{:?}", with_tax);

    let names = vec![String::from("ann"), String::from("bo")];
    let lens = map_all(&names, |s| s.len());
    let caps = map_all(&names, |s| s.to_uppercase());
    println!("{:?} {:?}", lens, caps);

    let mut calls = 0;
    let doubled = apply_n(1u64, 10, |x| {
        calls += 1;
        x * 2
    });
    println!("2^10 = {} after {} calls", doubled, calls);

    let s = apply_n(String::from("a"), 3, |s| s + "b");
    println!("{}", s);
}
