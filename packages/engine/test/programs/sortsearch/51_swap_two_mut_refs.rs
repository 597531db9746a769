// Mistake: two mutable borrows of the same slice at once.
fn reverse_in_place(arr: &mut [i32]) {
    let n = arr.len();
    for i in 0..n / 2 {
        std::mem::swap(&mut arr[i], &mut arr[n - 1 - i]);
    }
}

fn main() {
    let mut v = [1, 2, 3, 4, 5];
    reverse_in_place(&mut v);
    println!("{:?}", v);
}
