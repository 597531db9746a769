// Exercise: a safe-looking split that returns two mutable halves.
fn split_halves(values: &mut [i32], mid: usize) -> (&mut [i32], &mut [i32]) {
    let len = values.len();
    assert!(mid <= len);
    (&mut values[..mid], &mut values[mid..])
}

fn main() {
    let mut data = [1, 2, 3, 4, 5, 6];
    let (a, b) = split_halves(&mut data, 3);
    a[0] = 100;
    b[0] = 400;
    println!("{:?}", data);
}
