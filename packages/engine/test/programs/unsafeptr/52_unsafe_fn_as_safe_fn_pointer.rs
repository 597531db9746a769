// Quiz: can an unsafe fn be stored where a safe fn pointer is expected?
unsafe fn triple(x: i32) -> i32 {
    x * 3
}

fn apply(f: fn(i32) -> i32, v: i32) -> i32 {
    f(v)
}

fn main() {
    println!("{}", apply(triple, 4));
}
