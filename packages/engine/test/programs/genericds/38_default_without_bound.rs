// Build a vector filled with "zero" values of any type.
fn zeros<T: Clone>(n: usize) -> Vec<T> {
    let mut v = Vec::with_capacity(n);
    for _ in 0..n {
        v.push(T::default());
    }
    v
}

fn main() {
    let ints: Vec<i32> = zeros(3);
    let texts: Vec<String> = zeros(2);
    println!("{:?} {:?}", ints, texts);
}
