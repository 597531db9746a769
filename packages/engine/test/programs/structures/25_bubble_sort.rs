// Bubble sort on &mut [i32] with early exit, counting swaps.
fn bubble_sort(arr: &mut [i32]) -> usize {
    let mut swaps = 0;
    let n = arr.len();
    for pass in 0..n {
        let mut swapped = false;
        for j in 0..n - 1 - pass {
            if arr[j] > arr[j + 1] {
                arr.swap(j, j + 1);
                swaps += 1;
                swapped = true;
            }
        }
        if !swapped {
            println!("  done after pass {}", pass + 1);
            break;
        }
    }
    swaps
}

fn is_sorted(arr: &[i32]) -> bool {
    arr.windows(2).all(|w| w[0] <= w[1])
}

fn main() {
    let mut data = [5, 1, 4, 2, 8, 0, -3];
    println!("before {:?}", data);
    let swaps = bubble_sort(&mut data);
    println!("after  {:?} ({} swaps, sorted={})", data, swaps, is_sorted(&data));

    let mut already = vec![1, 2, 3, 4];
    let s = bubble_sort(&mut already);
    println!("already sorted: {} swaps", s);

    let mut reversed: Vec<i32> = (1..=6).rev().collect();
    let s = bubble_sort(&mut reversed);
    println!("reversed -> {:?} with {} swaps", reversed, s);

    let mut big = vec![3, 9, 1, 7, 5, 2, 8];
    bubble_sort(&mut big[2..6]);
    println!("partially sorted middle: {:?}", big);

    let mut empty: [i32; 0] = [];
    println!("empty swaps = {}", bubble_sort(&mut empty));
}
