fn permutations(items: &[char]) -> Vec<Vec<char>> {
    if items.len() <= 1 {
        return vec![items.to_vec()];
    }
    let mut result = Vec::new();
    for i in 0..items.len() {
        let mut rest = items.to_vec();
        let first = rest.remove(i);
        for mut perm in permutations(&rest) {
            perm.insert(0, first);
            result.push(perm);
        }
    }
    result
}

// In-place backtracking version using swap.
fn permute_in_place(v: &mut Vec<i32>, k: usize, out: &mut Vec<Vec<i32>>) {
    if k == v.len() {
        out.push(v.clone());
        return;
    }
    for i in k..v.len() {
        v.swap(k, i);
        permute_in_place(v, k + 1, out);
        v.swap(k, i);
    }
}

fn main() {
    let perms = permutations(&['a', 'b', 'c']);
    for p in &perms {
        let s: String = p.iter().collect();
        println!("{}", s);
    }
    println!("{} permutations", perms.len());

    let mut nums = vec![1, 2, 3];
    let mut out = Vec::new();
    permute_in_place(&mut nums, 0, &mut out);
    println!("{:?}", out);
    println!("original restored: {:?}", nums);
}
