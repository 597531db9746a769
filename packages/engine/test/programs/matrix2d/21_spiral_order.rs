// Read a matrix in spiral order.
fn spiral(m: &[Vec<i32>]) -> Vec<i32> {
    let mut out = Vec::new();
    if m.is_empty() {
        return out;
    }
    let (mut top, mut bottom) = (0i32, m.len() as i32 - 1);
    let (mut left, mut right) = (0i32, m[0].len() as i32 - 1);
    while top <= bottom && left <= right {
        for c in left..=right { out.push(m[top as usize][c as usize]); }
        top += 1;
        for r in top..=bottom { out.push(m[r as usize][right as usize]); }
        right -= 1;
        if top <= bottom {
            for c in (left..=right).rev() { out.push(m[bottom as usize][c as usize]); }
            bottom -= 1;
        }
        if left <= right {
            for r in (top..=bottom).rev() { out.push(m[r as usize][left as usize]); }
            left += 1;
        }
    }
    out
}

fn main() {
    let m = vec![vec![1, 2, 3, 4], vec![5, 6, 7, 8], vec![9, 10, 11, 12]];
    println!("{:?}", spiral(&m));
    println!("{:?}", spiral(&[vec![1], vec![2]]));
}
