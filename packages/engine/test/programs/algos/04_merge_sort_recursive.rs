fn merge(left: &[i32], right: &[i32]) -> Vec<i32> {
    let mut result = Vec::with_capacity(left.len() + right.len());
    let (mut i, mut j) = (0, 0);
    while i < left.len() && j < right.len() {
        if left[i] <= right[j] {
            result.push(left[i]);
            i += 1;
        } else {
            result.push(right[j]);
            j += 1;
        }
    }
    result.extend_from_slice(&left[i..]);
    result.extend_from_slice(&right[j..]);
    result
}

fn merge_sort(v: &[i32]) -> Vec<i32> {
    if v.len() <= 1 {
        return v.to_vec();
    }
    let mid = v.len() / 2;
    let left = merge_sort(&v[..mid]);
    let right = merge_sort(&v[mid..]);
    merge(&left, &right)
}

fn main() {
    let data = vec![38, 27, 43, 3, 9, 82, 10];
    let sorted = merge_sort(&data);
    println!("{:?} -> {:?}", data, sorted);

    let words_len = vec![5, 1, 4, 1, 5, 9, 2, 6, 5, 3];
    println!("{:?}", merge_sort(&words_len));
    println!("{:?}", merge_sort(&[]));
}
