// Generic over both a value type and a function type.
fn apply_twice<T, F>(f: F, x: T) -> T
where
    F: Fn(T) -> T,
{
    f(f(x))
}

fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}

fn main() {
    println!("{}", apply_twice(|n| n * 3, 7));
    println!("{}", apply_twice(|s: String| s + "!", String::from("wow")));
    println!("{:?}", apply_twice(|v: Vec<u8>| { let mut v = v; v.push(0); v }, vec![1]));

    let len_then_double = compose(|s: &str| s.len(), |n| n * 2);
    println!("{}", len_then_double("generics"));
}
