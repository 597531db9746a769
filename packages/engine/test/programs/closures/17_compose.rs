fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}

fn main() {
    let trim_and_upper = compose(|s: &str| s.trim().to_string(), |s: String| s.to_uppercase());
    println!("[{}]", trim_and_upper("   hello world  "));

    let inc = |x: i32| x + 1;
    let dbl = |x: i32| x * 2;
    let inc_then_dbl = compose(inc, dbl);
    let dbl_then_inc = compose(dbl, inc);
    println!("inc_then_dbl(5) = {}", inc_then_dbl(5));
    println!("dbl_then_inc(5) = {}", dbl_then_inc(5));

    let len_is_even = compose(|s: &str| s.len(), |n: usize| n % 2 == 0);
    for w in ["rust", "ferris", "cargo"] {
        println!("{} -> {}", w, len_is_even(w));
    }
}
