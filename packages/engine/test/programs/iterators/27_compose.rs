fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}

fn main() {
    let add_one = |x: i32| x + 1;
    let double = |x: i32| x * 2;

    let add_then_double = compose(add_one, double);
    let double_then_add = compose(double, add_one);
    println!("{} {}", add_then_double(5), double_then_add(5));

    let shout = compose(|s: &str| s.trim().to_string(), |s: String| s.to_uppercase() + "!");
    println!("{}", shout("   hello there  "));

    let len_is_even = compose(|s: &str| s.len(), |n: usize| n % 2 == 0);
    for w in ["ok", "odd", "four"] {
        println!("{}: {}", w, len_is_even(w));
    }
}
