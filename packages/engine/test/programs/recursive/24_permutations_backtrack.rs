// All permutations via backtracking with a used[] mask
fn permute(nums: &[i32], used: &mut Vec<bool>, path: &mut Vec<i32>, out: &mut Vec<Vec<i32>>) {
    if path.len() == nums.len() {
        out.push(path.clone());
        return;
    }
    for i in 0..nums.len() {
        if used[i] {
            continue;
        }
        used[i] = true;
        path.push(nums[i]);
        permute(nums, used, path, out);
        path.pop();
        used[i] = false;
    }
}

fn main() {
    let nums = [1, 2, 3];
    let mut out = Vec::new();
    permute(&nums, &mut vec![false; nums.len()], &mut Vec::new(), &mut out);
    println!("{} permutations", out.len());
    for p in &out {
        println!("{:?}", p);
    }
}
