// Selection sort that leaves the input alone and returns a new Vec.
fn selection_sorted(input: &[i32]) -> Vec<i32> {
    let mut out = input.to_vec();
    for i in 0..out.len() {
        let mut min_idx = i;
        for j in (i + 1)..out.len() {
            if out[j] < out[min_idx] {
                min_idx = j;
            }
        }
        if min_idx != i {
            out.swap(i, min_idx);
        }
    }
    out
}

fn main() {
    let temps = vec![18, -3, 25, 7, 7, 0, 12];
    let sorted = selection_sorted(&temps);
    println!("original: {:?}", temps);
    println!("sorted:   {:?}", sorted);
    println!("min = {}, max = {}", sorted[0], sorted[sorted.len() - 1]);

    let mid = sorted.len() / 2;
    println!("median = {}", sorted[mid]);
}
