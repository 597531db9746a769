// Insertion sort: grow a sorted prefix one element at a time.
fn insertion_sort(arr: &mut [i32]) {
    for i in 1..arr.len() {
        let mut j = i;
        while j > 0 && arr[j - 1] > arr[j] {
            arr.swap(j - 1, j);
            j -= 1;
        }
    }
}

fn main() {
    let mut v = vec![5, 2, 9, 1, 5, 6];
    insertion_sort(&mut v);
    println!("{:?}", v);
    // Sorting only part of a vector through a sub-slice.
    let mut w = vec![9, 8, 7, 6, 5, 4];
    insertion_sort(&mut w[2..5]);
    println!("{:?}", w);
}
