fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn apply_twice<F>(f: F, x: i32) -> i32
where
    F: Fn(i32) -> i32,
{
    f(f(x))
}

fn main() {
    let double = |x| x * 2;
    let offset = 10;
    let shift = |x| x + offset;

    println!("apply(double, 7) = {}", apply(double, 7));
    println!("apply(shift, 7) = {}", apply(shift, 7));
    println!("apply_twice(double, 3) = {}", apply_twice(double, 3));
    println!("apply_twice(shift, 3) = {}", apply_twice(shift, 3));
    println!("inline: {}", apply(|x| x * x - 1, 5));
}
