// A generic two-way enum with its own helper methods.
#[derive(Debug)]
enum Either<L, R> {
    Left(L),
    Right(R),
}

impl<L, R> Either<L, R> {
    fn is_left(&self) -> bool {
        matches!(self, Either::Left(_))
    }

    fn map_right<R2, F: FnOnce(R) -> R2>(self, f: F) -> Either<L, R2> {
        match self {
            Either::Left(l) => Either::Left(l),
            Either::Right(r) => Either::Right(f(r)),
        }
    }

    fn flip(self) -> Either<R, L> {
        match self {
            Either::Left(l) => Either::Right(l),
            Either::Right(r) => Either::Left(r),
        }
    }
}

fn classify(input: &str) -> Either<i64, String> {
    match input.parse::<i64>() {
        Ok(n) => Either::Left(n),
        Err(_) => Either::Right(input.to_string()),
    }
}

fn main() {
    let inputs = ["12", "twelve", "-4"];
    let parsed: Vec<Either<i64, String>> = inputs.iter().map(|s| classify(s)).collect();
    for p in &parsed {
        println!("{:?} left? {}", p, p.is_left());
    }

    let lens: Vec<Either<i64, usize>> = parsed.into_iter().map(|e| e.map_right(|s| s.len())).collect();
    println!("{:?}", lens);

    let flipped: Either<&str, bool> = Either::Right(true).flip().flip();
    println!("{:?}", flipped);
}
