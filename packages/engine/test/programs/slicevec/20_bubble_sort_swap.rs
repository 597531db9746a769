// Bubble sort written by hand with slice::swap on two indices.
fn bubble_sort(data: &mut [i32]) -> usize {
    let mut swaps = 0;
    let n = data.len();
    for pass in 0..n {
        let mut swapped = false;
        for i in 0..n - 1 - pass {
            if data[i] > data[i + 1] {
                data.swap(i, i + 1);
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
    let mut values = vec![5, 1, 4, 2, 8, 0];
    let swaps = bubble_sort(&mut values);
    println!("sorted {:?} with {} swaps", values, swaps);

    let mut already = [1, 2, 3];
    println!("swaps on sorted input: {}", bubble_sort(&mut already));

    // Sorting just part of a vector.
    let mut mixed = vec![9, 7, 3, 2, 1];
    bubble_sort(&mut mixed[..3]);
    println!("first three sorted: {:?}", mixed);

    let mut empty: [i32; 0] = [];
    println!("empty: {}", bubble_sort(&mut empty));
}
