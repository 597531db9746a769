// Bubble sort, in place, with early exit when a pass makes no swaps.
fn bubble_sort(v: &mut Vec<i32>) -> usize {
    let n = v.len();
    let mut passes = 0;
    for i in 0..n {
        let mut swapped = false;
        for j in 0..n - 1 - i {
            if v[j] > v[j + 1] {
                v.swap(j, j + 1);
                swapped = true;
            }
        }
        passes += 1;
        if !swapped {
            break;
        }
    }
    passes
}

fn main() {
    let mut scores = vec![64, 34, 25, 12, 22, 11, 90];
    println!("before: {:?}", scores);
    let passes = bubble_sort(&mut scores);
    println!("after:  {:?} ({} passes)", scores, passes);

    let mut already = vec![1, 2, 3, 4, 5];
    let passes = bubble_sort(&mut already);
    println!("sorted input needed {} pass(es)", passes);

    let mut empty: Vec<i32> = Vec::new();
    bubble_sort(&mut empty);
    println!("empty: {:?}", empty);
}
