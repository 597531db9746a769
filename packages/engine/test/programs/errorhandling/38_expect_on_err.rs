fn parse_version(s: &str) -> Result<(u32, u32, u32), String> {
    let parts: Vec<&str> = s.split('.').collect();
    if parts.len() != 3 {
        return Err(format!("expected 3 parts in {:?}, found {}", s, parts.len()));
    }
    let nums: Result<Vec<u32>, _> = parts.iter().map(|p| p.parse::<u32>()).collect();
    let nums = nums.map_err(|e| format!("{:?}: {}", s, e))?;
    Ok((nums[0], nums[1], nums[2]))
}

fn main() {
    let v1 = parse_version("1.75.0").expect("valid version");
    println!("v1 = {:?}", v1);
    let v2 = parse_version("2.0").expect("failed to read the version");
    println!("v2 = {:?}", v2);
}
