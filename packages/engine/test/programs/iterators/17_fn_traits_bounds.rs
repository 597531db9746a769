fn apply<F>(f: F, value: i32) -> i32
where
    F: Fn(i32) -> i32,
{
    f(value)
}

fn apply_twice<F: Fn(i32) -> i32>(f: F, value: i32) -> i32 {
    f(f(value))
}

fn call_n_times<F: FnMut()>(n: usize, mut f: F) {
    for _ in 0..n {
        f();
    }
}

fn consume<F: FnOnce() -> String>(f: F) -> String {
    f()
}

fn main() {
    let double = |x| x * 2;
    println!("apply: {}", apply(double, 7));
    println!("apply_twice: {}", apply_twice(double, 7));
    println!("apply_twice with +3: {}", apply_twice(|x| x + 3, 7));

    let mut ticks = Vec::new();
    call_n_times(3, || ticks.push(ticks.len()));
    println!("ticks: {:?}", ticks);

    let message = String::from("moved into the closure");
    let result = consume(move || message);
    println!("consume returned: {}", result);

    fn square(x: i32) -> i32 {
        x * x
    }
    println!("plain fn works too: {}", apply(square, 9));
}
