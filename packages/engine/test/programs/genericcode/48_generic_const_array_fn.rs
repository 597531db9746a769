// Functions generic over both the element type and the array length.
fn reverse<T: Copy + Default, const N: usize>(arr: [T; N]) -> [T; N] {
    let mut out = [T::default(); N];
    for i in 0..N {
        out[i] = arr[N - 1 - i];
    }
    out
}

fn average<const N: usize>(arr: [f64; N]) -> f64 {
    arr.iter().sum::<f64>() / N as f64
}

fn chunk_sums<const N: usize>(data: &[i32]) -> Vec<i32> {
    data.chunks(N).map(|c| c.iter().sum()).collect()
}

fn main() {
    println!("{:?}", reverse([1, 2, 3, 4]));
    println!("{:?}", reverse(['a', 'b']));
    println!("{:.2}", average([1.0, 2.0, 4.0]));
    let data = [1, 2, 3, 4, 5, 6, 7];
    println!("{:?}", chunk_sums::<3>(&data));
    println!("{:?}", chunk_sums::<2>(&data));
}
