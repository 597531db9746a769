#[derive(Debug)]
enum AppError {
    MissingArgument(&'static str),
    InvalidNumber(String),
}

fn get_arg(args: &[&'static str], idx: usize, name: &'static str) -> Result<&'static str, AppError> {
    args.get(idx).copied().ok_or(AppError::MissingArgument(name))
}

fn run(args: &[&'static str]) -> Result<u32, AppError> {
    let width = get_arg(args, 0, "width")?;
    let height = get_arg(args, 1, "height")?;
    let w: u32 = width.parse().map_err(|_| AppError::InvalidNumber(width.to_string()))?;
    let h: u32 = height.parse().map_err(|_| AppError::InvalidNumber(height.to_string()))?;
    Ok(w * h)
}

fn main() -> Result<(), AppError> {
    println!("area: {}", run(&["4", "5"])?);
    println!("area: {:?}", run(&["4", "x"]));
    println!("area: {}", run(&["7"])?);
    println!("not reached");
    Ok(())
}
