//! Per-client rate limits for the public doors (submission, status check), and the client address
//! they are keyed by.
//!
//! Counters live in this process (a sliding pair of hourly windows per key). With several app
//! nodes behind a load balancer each node counts separately, so the effective limit is at most
//! `nodes x limit`; that bound is stated rather than hidden (a database-backed counter is the
//! upgrade if it ever matters).
//!
//! The counters are split into [`SHARDS`] maps, each behind its own lock, and bounded: a shard
//! that reaches its share of [`MAX_KEYS`] first drops expired windows, then keys seen only once
//! (what a flood of made-up addresses leaves), and only then starts over. A sweep happens when a
//! shard is full and leaves it at most three quarters full, so its cost is spread over the
//! inserts that filled it (amortised constant), never paid on every request.

use std::{
    collections::HashMap,
    collections::hash_map::RandomState,
    hash::BuildHasher,
    net::IpAddr,
    sync::Mutex,
    time::{Duration, Instant},
};

/// Lock shards per limiter.
pub const SHARDS: usize = 64;
/// The most keys a limiter keeps (about 100 bytes each).
pub const MAX_KEYS: usize = 1 << 20;

/// The key a client address is counted under. IPv4 addresses count one by one; an IPv6 client
/// counts by its /64, since one subscriber is routinely handed a whole /64 and could otherwise
/// pick a fresh address for every try. IPv4-mapped IPv6 addresses count as the IPv4 address.
pub fn client_key(ip: IpAddr) -> String {
    match ip {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => {
                let s = v6.segments();
                format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
            }
        },
    }
}

/// A limit of `per_hour` events per key; 0 means unlimited.
pub struct RateLimiter {
    per_hour: u32,
    window: Duration,
    /// Keys per shard before a sweep.
    shard_cap: usize,
    hasher: RandomState,
    shards: Vec<Mutex<HashMap<String, Window>>>,
}

#[derive(Clone, Copy)]
struct Window {
    start: Instant,
    current: u32,
    previous: u32,
}

impl RateLimiter {
    /// `per_hour` events per key per hour (0 = off).
    pub fn new(per_hour: u32) -> RateLimiter {
        RateLimiter::with_window(per_hour, Duration::from_secs(3600))
    }

    /// A limiter with another window length (tests).
    pub fn with_window(per_hour: u32, window: Duration) -> RateLimiter {
        RateLimiter::bounded(per_hour, window, MAX_KEYS)
    }

    /// A limiter keeping at most about `max_keys` keys (tests use a small one).
    pub fn bounded(per_hour: u32, window: Duration, max_keys: usize) -> RateLimiter {
        RateLimiter {
            per_hour,
            window,
            shard_cap: (max_keys / SHARDS).max(4),
            hasher: RandomState::new(),
            shards: (0..SHARDS).map(|_| Mutex::new(HashMap::new())).collect(),
        }
    }

    /// Keys held now (all shards).
    pub fn len(&self) -> usize {
        self.shards.iter().map(|s| s.lock().map(|m| m.len()).unwrap_or(0)).sum()
    }

    /// Whether no key is held.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Makes room in a full shard: expired windows first, then keys seen once, then everything.
    fn sweep(&self, map: &mut HashMap<String, Window>, now: Instant) {
        let window = self.window;
        map.retain(|_, w| now.duration_since(w.start) < window * 2);
        let room = self.shard_cap * 3 / 4;
        if map.len() > room {
            map.retain(|_, w| w.current + w.previous > 1);
        }
        if map.len() > room {
            map.clear();
        }
    }

    /// Counts one event for `key`. `Err(retry_after)` when over the limit (the event is not
    /// counted then).
    pub fn check(&self, key: &str) -> Result<(), Duration> {
        self.check_at(key, Instant::now())
    }

    fn check_at(&self, key: &str, now: Instant) -> Result<(), Duration> {
        if self.per_hour == 0 {
            return Ok(());
        }
        let shard = (self.hasher.hash_one(key) as usize) % SHARDS;
        let Ok(mut map) = self.shards[shard].lock() else {
            return Ok(()); // a poisoned lock must not lock everyone out
        };
        if map.len() >= self.shard_cap && !map.contains_key(key) {
            self.sweep(&mut map, now);
        }
        let w = map.entry(key.to_owned()).or_insert(Window { start: now, current: 0, previous: 0 });
        let elapsed = now.duration_since(w.start);
        if elapsed >= self.window * 2 {
            *w = Window { start: now, current: 0, previous: 0 };
        } else if elapsed >= self.window {
            *w = Window { start: w.start + self.window, current: 0, previous: w.current };
        }
        let into = now.duration_since(w.start).as_secs_f64() / self.window.as_secs_f64();
        // Sliding estimate: the previous window's count weighted by how much of it still overlaps.
        let estimate = f64::from(w.previous) * (1.0 - into) + f64::from(w.current);
        if estimate + 1.0 > f64::from(self.per_hour) {
            let retry = self.window.saturating_sub(now.duration_since(w.start)).max(Duration::from_secs(1));
            return Err(retry);
        }
        w.current += 1;
        Ok(())
    }
}

/// Addresses of reverse proxies whose `X-Forwarded-For` is believed (`RECLAMO_TRUSTED_PROXIES`:
/// comma-separated IPs or CIDR ranges).
#[derive(Clone, Debug, Default)]
pub struct TrustedProxies(Vec<(IpAddr, u8)>);

impl TrustedProxies {
    /// Parses `10.0.0.1, 192.168.0.0/16, ::1`. Unparseable entries are reported.
    pub fn parse(spec: &str) -> Result<TrustedProxies, String> {
        let mut out = vec![];
        for part in spec.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let (ip, bits) = match part.split_once('/') {
                Some((ip, bits)) => (ip, Some(bits)),
                None => (part, None),
            };
            let ip: IpAddr = ip.parse().map_err(|_| format!("not an IP address: {part}"))?;
            let max = if ip.is_ipv4() { 32 } else { 128 };
            let bits = match bits {
                Some(b) => b.parse::<u8>().ok().filter(|b| *b <= max).ok_or_else(|| format!("bad prefix: {part}"))?,
                None => max,
            };
            out.push((ip, bits));
        }
        Ok(TrustedProxies(out))
    }

    fn contains(&self, ip: IpAddr) -> bool {
        self.0.iter().any(|(net, bits)| match (net, ip) {
            (IpAddr::V4(n), IpAddr::V4(a)) => {
                let mask = if *bits == 0 { 0 } else { u32::MAX << (32 - u32::from(*bits)) };
                u32::from(*n) & mask == u32::from(a) & mask
            }
            (IpAddr::V6(n), IpAddr::V6(a)) => {
                let mask = if *bits == 0 { 0 } else { u128::MAX << (128 - u32::from(*bits)) };
                u128::from(*n) & mask == u128::from(a) & mask
            }
            _ => false,
        })
    }

    /// The client's address: the peer, or — when the peer is a trusted proxy — the right-most
    /// address in `X-Forwarded-For` that is not itself a trusted proxy.
    pub fn client_ip(&self, peer: IpAddr, forwarded_for: Option<&str>) -> IpAddr {
        if !self.contains(peer) {
            return peer;
        }
        let Some(xff) = forwarded_for else {
            return peer;
        };
        let mut client = peer;
        for hop in xff.split(',').rev().map(str::trim) {
            match hop.parse::<IpAddr>() {
                Ok(ip) if self.contains(ip) => client = ip,
                Ok(ip) => return ip,
                Err(_) => return client,
            }
        }
        client
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ipv6_counts_by_its_64_and_mapped_v4_as_v4() {
        let a: IpAddr = "2001:db8:1:2:aaaa::1".parse().unwrap_or(IpAddr::from([0; 4]));
        let b: IpAddr = "2001:db8:1:2:ffff:ffff:ffff:ffff".parse().unwrap_or(IpAddr::from([0; 4]));
        let other: IpAddr = "2001:db8:1:3::1".parse().unwrap_or(IpAddr::from([0; 4]));
        assert_eq!(client_key(a), "2001:db8:1:2::/64");
        assert_eq!(client_key(a), client_key(b));
        assert_ne!(client_key(a), client_key(other));
        let mapped: IpAddr = "::ffff:198.51.100.7".parse().unwrap_or(IpAddr::from([0; 4]));
        assert_eq!(client_key(mapped), "198.51.100.7");
        assert_eq!(client_key(IpAddr::from([203, 0, 113, 5])), "203.0.113.5");
        // A /64 shares one allowance.
        let limiter = RateLimiter::new(2);
        assert!(limiter.check(&client_key(a)).is_ok());
        assert!(limiter.check(&client_key(b)).is_ok());
        assert!(limiter.check(&client_key("2001:db8:1:2::99".parse().unwrap_or(a))).is_err());
    }

    #[test]
    fn limits_and_recovers() {
        let rl = RateLimiter::with_window(3, Duration::from_secs(60));
        let t0 = Instant::now();
        assert!(rl.check_at("a", t0).is_ok());
        assert!(rl.check_at("a", t0).is_ok());
        assert!(rl.check_at("a", t0).is_ok());
        let retry = rl.check_at("a", t0).unwrap_err();
        assert!(retry <= Duration::from_secs(60) && retry >= Duration::from_secs(1));
        assert!(rl.check_at("b", t0).is_ok(), "keys are independent");
        // Two windows later everything is forgotten.
        assert!(rl.check_at("a", t0 + Duration::from_secs(121)).is_ok());
    }

    #[test]
    fn a_flood_of_made_up_keys_stays_bounded_and_keeps_real_counters() {
        let rl = RateLimiter::bounded(3, Duration::from_secs(3600), 64 * 16);
        // A real client, counted twice.
        rl.check("198.51.100.7").unwrap();
        rl.check("198.51.100.7").unwrap();
        // A flood of 200,000 addresses seen once each.
        for i in 0..200_000u32 {
            let _ = rl.check(&format!("10.{}.{}.{}", i >> 16, (i >> 8) & 255, i & 255));
        }
        assert!(rl.len() <= 64 * 16, "bounded: {}", rl.len());
        // The real client's count survived the sweeps: one more try, then refused.
        rl.check("198.51.100.7").unwrap();
        assert!(rl.check("198.51.100.7").is_err());
    }

    #[test]
    fn zero_means_off() {
        let rl = RateLimiter::new(0);
        for _ in 0..1000 {
            assert!(rl.check("x").is_ok());
        }
    }

    #[test]
    fn forwarded_for_only_from_trusted_proxies() {
        let tp = TrustedProxies::parse("10.0.0.0/8, ::1").unwrap();
        let proxy: IpAddr = "10.1.2.3".parse().unwrap();
        let stranger: IpAddr = "203.0.113.9".parse().unwrap();
        assert_eq!(tp.client_ip(stranger, Some("1.2.3.4")), stranger, "untrusted peer: header ignored");
        assert_eq!(tp.client_ip(proxy, Some("198.51.100.7, 10.0.0.5")), "198.51.100.7".parse::<IpAddr>().unwrap());
        assert_eq!(tp.client_ip(proxy, None), proxy);
        assert!(TrustedProxies::parse("nonsense").is_err());
        assert!(TrustedProxies::parse("10.0.0.0/33").is_err());
    }
}
