// O(n^2) LIS with reconstruction via predecessor indices.
fn lis(nums: &[i32]) -> Vec<i32> {
    let n = nums.len();
    if n == 0 {
        return vec![];
    }
    let mut len = vec![1usize; n];
    let mut prev: Vec<Option<usize>> = vec![None; n];
    for i in 1..n {
        for j in 0..i {
            if nums[j] < nums[i] && len[j] + 1 > len[i] {
                len[i] = len[j] + 1;
                prev[i] = Some(j);
            }
        }
    }
    let mut best = 0;
    for i in 1..n {
        if len[i] > len[best] {
            best = i;
        }
    }
    let mut out = Vec::new();
    let mut cur = Some(best);
    while let Some(i) = cur {
        out.push(nums[i]);
        cur = prev[i];
    }
    out.reverse();
    out
}

fn main() {
    let seqs: Vec<Vec<i32>> = vec![
        vec![10, 9, 2, 5, 3, 7, 101, 18],
        vec![0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15],
        vec![5, 4, 3, 2, 1],
        vec![],
    ];
    for s in &seqs {
        let l = lis(s);
        println!("{:?}\n  -> length {} {:?}", s, l.len(), l);
    }
}
