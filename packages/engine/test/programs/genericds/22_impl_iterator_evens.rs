// Generic functions that return `impl Iterator` instead of a Vec.
fn evens<T>(items: &[T]) -> impl Iterator<Item = &T> {
    items.iter().step_by(2)
}

fn scaled<T>(items: Vec<T>, factor: T) -> impl Iterator<Item = T>
where
    T: std::ops::Mul<Output = T> + Copy,
{
    items.into_iter().map(move |x| x * factor)
}

fn countdown(from: u32) -> impl Iterator<Item = u32> {
    (1..=from).rev()
}

fn main() {
    let letters = ['a', 'b', 'c', 'd', 'e'];
    let picked: Vec<&char> = evens(&letters).collect();
    println!("even positions: {:?}", picked);

    let tripled: Vec<i32> = scaled(vec![1, 2, 3], 3).collect();
    println!("tripled: {:?}", tripled);

    let halves: Vec<f64> = scaled(vec![2.0, 5.0], 0.5).collect();
    println!("halves: {:?}", halves);

    for n in countdown(3) {
        print!("{}... ", n);
    }
    println!("liftoff");
}
