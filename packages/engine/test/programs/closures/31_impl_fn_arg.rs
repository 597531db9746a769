// `impl Fn` in argument position is shorthand for a generic parameter.
fn print_table(label: &str, f: impl Fn(u32) -> u32) {
    print!("{:<8}", label);
    for i in 1..=5 {
        print!("{:>5}", f(i));
    }
    println!();
}

fn main() {
    let base = 3;
    print_table("id", |n| n);
    print_table("square", |n| n * n);
    print_table("cube", |n| n.pow(3));
    print_table("x base", |n| n * base);
    print_table("fact", |n| (1..=n).product());
}
