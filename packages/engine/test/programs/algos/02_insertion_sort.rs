/// Insertion sort: shift larger elements right, then drop the key in place.
fn insertion_sort(arr: &mut [i32]) {
    for i in 1..arr.len() {
        let key = arr[i];
        let mut j = i;
        while j > 0 && arr[j - 1] > key {
            arr[j] = arr[j - 1];
            j -= 1;
        }
        arr[j] = key;
        println!("  step {}: {:?}", i, arr);
    }
}

fn main() {
    let mut cards = [7, 3, 9, 1, 5, 3];
    println!("hand: {:?}", cards);
    insertion_sort(&mut cards);
    println!("sorted hand: {:?}", cards);

    let mut negatives = vec![-2, 8, -15, 0, 4];
    insertion_sort(&mut negatives[1..4]);
    println!("middle sorted only: {:?}", negatives);
}
