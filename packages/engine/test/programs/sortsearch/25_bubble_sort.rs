// Bubble sort: repeatedly swap neighbours that are out of order.
fn bubble_sort(arr: &mut [i32]) -> usize {
    let n = arr.len();
    let mut swaps = 0;
    for i in 0..n {
        let mut swapped = false;
        for j in 0..n - 1 - i {
            if arr[j] > arr[j + 1] {
                arr.swap(j, j + 1);
                swaps += 1;
                swapped = true;
            }
        }
        if !swapped {
            break;
        }
    }
    swaps
}

fn main() {
    let mut data = [64, 34, 25, 12, 22, 11, 90];
    let swaps = bubble_sort(&mut data);
    println!("{:?} after {} swaps", data, swaps);
    let mut empty: [i32; 0] = [];
    bubble_sort(&mut empty);
    println!("{:?}", empty);
}
