// Mistake: the sort function takes &[i32] but needs to modify it.
fn bubble_sort(arr: &[i32]) {
    for i in 0..arr.len() {
        for j in 0..arr.len() - 1 - i {
            if arr[j] > arr[j + 1] {
                arr.swap(j, j + 1);
            }
        }
    }
}

fn main() {
    let mut data = vec![4, 2, 7, 1];
    bubble_sort(&mut data);
    println!("{:?}", data);
}
