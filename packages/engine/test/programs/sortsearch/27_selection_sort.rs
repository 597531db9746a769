// Selection sort: find the minimum of the unsorted part and swap it to the front.
fn selection_sort(arr: &mut [i32]) {
    let n = arr.len();
    for i in 0..n {
        let mut min_idx = i;
        for j in (i + 1)..n {
            if arr[j] < arr[min_idx] {
                min_idx = j;
            }
        }
        if min_idx != i {
            arr.swap(i, min_idx);
        }
        println!("pass {}: {:?}", i, arr);
    }
}

fn main() {
    let mut cards = [29, 10, 14, 37, 13];
    selection_sort(&mut cards);
}
